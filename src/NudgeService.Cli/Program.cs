using System.CommandLine;
using NudgeService.Cli.Demo;
using NudgeService.Cli.Sandbox;

var root = new RootCommand("NudgeService on this machine: the Outlook sandbox, the demo, and operator tools.")
{
    SandboxCommand.Create(),
    DemoCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
