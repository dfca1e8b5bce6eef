namespace NudgeService.Sandbox.Mailboxes;

/// <summary>An address as Graph shows it in from, sender, recipients and attendees.</summary>
public sealed record MailPerson(string Name, string Address)
{
    public string Domain => Address[(Address.IndexOf('@') + 1)..];
}
