using System.CommandLine;
using NudgeService.Cli.Demo;
using NudgeService.Cli.Operators;
using NudgeService.Cli.Sandbox;
using NudgeService.Cli.Ties;

var root = new RootCommand("NudgeService on this machine: the Outlook sandbox, the demo, and operator tools.")
{
    SandboxCommand.Create(),
    DemoCommand.Create(),
    TiesCommand.Create(),
    RunCommand.Create(),
    PreviewCommand.Create(),
    StatusCommand.Create(),
    PoisonCommand.Create(),
    EraseCommand.Create(),
    ReviewCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
