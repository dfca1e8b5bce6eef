using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;

namespace NudgeService.Cli.Operators;

/// <summary>nudge preview: this week's digest for one user, rendered to files instead of sent.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var operatorServices = new OperatorServices();
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write digest.html and digest.txt.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("preview", "Render one user's digest for this week without sending or recording anything.") { output };
        operatorServices.AddTo(command);
        operatorServices.SetAccountAction(command, async (services, account, result, cancellationToken) =>
        {
            var rendered = await services.GetRequiredService<DigestPreview>().RenderAsync(account, cancellationToken);
            var folder = result.GetValue(output)!;
            folder.Create();
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "digest.html"), rendered.Html, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "digest.txt"), rendered.Text, cancellationToken);
            Console.Out.WriteLine($"Subject    {rendered.Subject}");
            Console.Out.WriteLine($"Preheader  {rendered.Preheader}");
            Console.Out.WriteLine($"Written    {Path.Combine(folder.FullName, "digest.html")} and digest.txt (nothing sent or recorded)");
            return 0;
        });
        return command;
    }
}
