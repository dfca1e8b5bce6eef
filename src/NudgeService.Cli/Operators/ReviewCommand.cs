using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Review;

namespace NudgeService.Cli.Operators;

/// <summary>nudge review: this quarter's network review for one user, rendered to files instead of sent.</summary>
internal static class ReviewCommand
{
    private const string PictureFile = "review.png";

    public static Command Create()
    {
        var operatorServices = new OperatorServices();
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write review.html, review.txt and review.png.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("review", "Render one user's quarterly network review without sending or recording anything.") { output };
        operatorServices.AddTo(command);
        operatorServices.SetAccountAction(command, async (services, account, result, cancellationToken) =>
        {
            var rendered = await services.GetRequiredService<ReviewPreview>().RenderAsync(account, PictureFile, cancellationToken);
            var folder = result.GetValue(output)!;
            folder.Create();
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "review.html"), rendered.Html, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "review.txt"), rendered.Text, cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, PictureFile), rendered.Picture, cancellationToken);
            Console.Out.WriteLine($"Subject    {rendered.Subject}");
            Console.Out.WriteLine($"Picture    {rendered.Picture.Length / 1024.0:F0} KB");
            Console.Out.WriteLine($"Written    {Path.Combine(folder.FullName, "review.html")}, review.txt and {PictureFile} (nothing sent or recorded)");
            return 0;
        });
        return command;
    }
}
