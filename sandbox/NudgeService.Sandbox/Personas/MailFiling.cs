using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Files received mail as people do: Outlook rules move some correspondents' mail (and most
/// newsletters and notifications) into folders, a few of them nested, so that some ties are
/// almost only there; the Archive button clears a share of the rest out of the Inbox once read.
/// Sent Items, Deleted Items and everything else stay where they were written.
/// </summary>
internal sealed class MailFiling(PersonaContext context, SeededRandom random)
{
    private static readonly string[] Clients = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Hooli", "Vandelay"];
    private static readonly string[] Projects = ["Alpha", "Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Ion", "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orion"];
    private static readonly string[] Topics = ["Team", "Hiring", "Board", "Conferences", "Partners", "Finance", "Legal", "Travel", "Family", "Friends", "Alumni", "Community", "Mentoring", "Vendors", "Press", "Research"];

    /// <summary>The owner's folders (besides the well-known ones) and the mail re-filed into them.</summary>
    public (IReadOnlyList<FolderNode> Folders, IReadOnlyList<MailMessage> Messages) File(IReadOnlyList<MailMessage> messages)
    {
        var folders = Tree(context.Profile.Size switch { PersonaSize.Small => 6, PersonaSize.Medium => 18, _ => 52 });
        var ruleFolders = folders.Where(folder => folder.DisplayName is not ("Newsletters" or "Notifications")).Select(folder => folder.Folder).ToList();
        var bulk = folders.Where(folder => folder.DisplayName is "Newsletters" or "Notifications").Select(folder => folder.Folder).ToList();

        var rules = new Dictionary<string, (MailFolder Folder, double Share)>(StringComparer.Ordinal);
        foreach (var tie in context.Network.Ties)
        {
            var draw = random.NextDouble();
            // One tie in twelve is filed by a rule almost always, one in six often; the rest stay in the Inbox.
            if (draw < 1.0 / 12) rules[tie.Person.Address] = (random.Pick(ruleFolders), 0.97);
            else if (draw < 0.25) rules[tie.Person.Address] = (random.Pick(ruleFolders), 0.6);
        }
        foreach (var sender in context.Network.AutomatedSenders)
        {
            if (random.Chance(0.6)) rules[sender.Person.Address] = (random.Pick(bulk), 1.0);
        }
        foreach (var list in context.Network.DistributionLists)
        {
            if (random.Chance(0.3)) rules[list.Address] = (random.Pick(ruleFolders), 1.0);
        }

        var archiveBefore = context.Timeline.Now.AddDays(-10);
        var filed = new MailMessage[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            filed[i] = message.Folder != MailFolder.Inbox ? message : message with { Folder = FolderFor(message, rules, archiveBefore) };
        }
        return (folders, filed);
    }

    private MailFolder FolderFor(MailMessage message, Dictionary<string, (MailFolder Folder, double Share)> rules, DateTimeOffset archiveBefore)
    {
        var listed = message.To.Concat(message.Cc).Select(person => person.Address).FirstOrDefault(rules.ContainsKey);
        if ((rules.TryGetValue(message.From.Address, out var rule) || (listed is not null && rules.TryGetValue(listed, out rule))) && random.Chance(rule.Share)) return rule.Folder;
        return message.ReceivedAt < archiveBefore && random.Chance(0.2) ? MailFolder.Archive : MailFolder.Inbox;
    }

    /// <summary>Folders under the Inbox and at the top, with clients and projects one and two levels deep.</summary>
    private IReadOnlyList<FolderNode> Tree(int count)
    {
        var nodes = new List<FolderNode>(count);
        var number = (long)MailFolder.FirstUserFolder;
        FolderNode Add(string name, MailFolder? parent)
        {
            var node = new FolderNode((MailFolder)number++, name, parent);
            nodes.Add(node);
            return node;
        }
        Add("Newsletters", MailFolder.Inbox);
        Add("Notifications", MailFolder.Inbox);
        var clients = Add("Clients", MailFolder.Inbox);
        var projects = Add("Projects", null);
        var (client, project, topic) = (0, 0, 0);
        while (nodes.Count < count)
        {
            switch (nodes.Count % 3)
            {
                case 0 when client < Clients.Length:
                    var account = Add(Clients[client++], clients.Folder);
                    if (nodes.Count < count && random.Chance(0.4)) Add("Contracts", account.Folder);
                    break;
                case 1 when project < Projects.Length:
                    Add(Projects[project++], projects.Folder);
                    break;
                default:
                    Add(topic < Topics.Length ? Topics[topic] : $"Topic {topic + 1}", topic % 2 == 0 ? MailFolder.Inbox : null);
                    topic++;
                    break;
            }
        }
        return nodes;
    }
}
