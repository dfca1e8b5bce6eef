using System.Globalization;
using NudgeService.Application.Sync;

namespace NudgeService.Cli.Demo;

/// <summary>
/// The first sync's progress on one console line, by how far into the year of mail it has read;
/// a line per tenth when the output is a file or a pipe.
/// </summary>
internal sealed class SyncProgressBar(TextWriter output, bool interactive) : IProgress<SyncProgress>
{
    private const int Width = 30;
    private int lastTenth = -1;

    public void Report(SyncProgress value)
    {
        var tenth = (int)(value.Fraction * 10);
        if (!interactive && tenth == lastTenth) return;
        lastTenth = tenth;
        var filled = (int)Math.Round(value.Fraction * Width);
        var line = string.Create(CultureInfo.InvariantCulture, $"  [{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction,4:P0}  {value.ItemsRead,8:N0} items, {value.Pages} pages");
        if (interactive) output.Write("\r" + line);
        else output.WriteLine(line);
    }

    public void Done()
    {
        if (interactive) output.WriteLine();
    }
}
