using System.CommandLine;
using NudgeService.Sandbox.Admin;

namespace NudgeService.Cli.Sandbox;

/// <summary>The options that say which mailbox a sandbox serves: a persona, or a replayed interaction log.</summary>
internal sealed class MailboxChoice
{
    public Option<string> Persona { get; } = new("--persona") { Description = "Synthetic persona: small, medium or large, or personal (the small one in an Outlook.com account).", DefaultValueFactory = _ => "small" };

    public Option<int> Seed { get; } = new("--seed") { Description = "Generator seed: the same seed gives the same mailbox.", DefaultValueFactory = _ => 1 };

    public Option<DateTimeOffset?> Now { get; } = new("--now") { Description = "The persona's present (default: today 09:00 UTC)." };

    public Option<FileInfo?> MailboxLog { get; } = new("--mailbox-log") { Description = "Replay a real interaction log (owner,timestamp_utc,folder,from,to,cc,subject or thread; gzip-compressed or not) instead of a persona, such as tests/data/enron/mailboxes.csv.gz." };

    public Option<string?> Owner { get; } = new("--owner") { Description = "Whose mailbox to replay from the log." };

    public void AddTo(Command command)
    {
        Persona.AcceptOnlyFromAmong("small", "medium", "large", "personal");
        command.Options.Add(Persona);
        command.Options.Add(Seed);
        command.Options.Add(Now);
        command.Options.Add(MailboxLog);
        command.Options.Add(Owner);
        command.Validators.Add(result =>
        {
            if (result.GetValue(MailboxLog) is not null && string.IsNullOrWhiteSpace(result.GetValue(Owner)))
            {
                result.AddError("--mailbox-log needs --owner NAME (the owner column of the log).");
            }
        });
    }

    public AddMailboxRequest ToRequest(ParseResult result) =>
        new(result.GetValue(Persona), result.GetValue(Seed), result.GetValue(Now), result.GetValue(MailboxLog)?.FullName, result.GetValue(Owner));
}
