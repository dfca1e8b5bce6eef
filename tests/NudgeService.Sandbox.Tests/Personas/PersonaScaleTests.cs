using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Tests.Personas;

public sealed class PersonaScaleTests
{
    [Theory]
    [InlineData(PersonaSize.Small, 1_500, 3_000, 35, 70, 300, 900)]
    [InlineData(PersonaSize.Medium, 22_000, 28_000, 320, 480, 2_500, 3_500)]
    [InlineData(PersonaSize.Large, 180_000, 220_000, 2_600, 3_400, 18_000, 22_000)]
    public void Each_size_produces_the_advertised_volume(PersonaSize size, int minMessages, int maxMessages, int minContacts, int maxContacts, int minEvents, int maxEvents)
    {
        var persona = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow);

        Assert.InRange(persona.Messages.Count, minMessages, maxMessages);
        Assert.InRange(persona.Contacts.Count, minContacts, maxContacts);
        Assert.InRange(persona.Events.Count, minEvents, maxEvents);
    }

    [Theory]
    [InlineData(PersonaSize.Small)]
    [InlineData(PersonaSize.Medium)]
    [InlineData(PersonaSize.Large)]
    public void Ties_fill_dunbar_layers_of_growing_size_and_gap(PersonaSize size)
    {
        var ties = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow).GroundTruth!.Ties;
        var layers = ties.GroupBy(tie => tie.Layer).OrderBy(layer => layer.Key).ToList();

        Assert.Equal([1, 2, 3, 4, 5], layers.Select(layer => layer.Key));
        Assert.InRange(layers[0].Count(), 3, 6);
        for (var i = 1; i < layers.Count; i++)
        {
            Assert.True(layers[i].Count() > layers[i - 1].Count(), $"layer {i + 1} should be larger than layer {i}");
            Assert.True(Median(layers[i]) > Median(layers[i - 1]), $"layer {i + 1} should have a longer cadence than layer {i}");
        }
    }

    [Theory]
    [InlineData(PersonaSize.Small)]
    [InlineData(PersonaSize.Large)]
    public void Numbers_are_dense_per_kind_and_series_masters_are_not_items(PersonaSize size)
    {
        var persona = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow);

        Assert.Equal(Enumerable.Range(1, persona.Messages.Count).Select(n => (long)n), persona.Messages.Select(message => message.Number).Order());
        Assert.Equal(Enumerable.Range(1, persona.Contacts.Count).Select(n => (long)n), persona.Contacts.Select(contact => contact.Number).Order());
        Assert.Equal(Enumerable.Range(1, persona.Events.Count).Select(n => (long)n), persona.Events.Select(meeting => meeting.Number).Order());
        var masters = persona.Events.Where(meeting => meeting.SeriesMasterNumber is not null).Select(meeting => meeting.SeriesMasterNumber!.Value).Distinct().ToList();
        Assert.True(masters.Count >= 2);
        Assert.All(masters, master => Assert.True(master > persona.Events.Count));
    }

    [Fact]
    public void The_large_persona_shares_people_and_subjects_between_messages()
    {
        var messages = GeneratedPersonas.Get(PersonaSize.Large, 1, GeneratedPersonas.WinterNow).Messages;

        var senders = new HashSet<MailPerson>(messages.Select(message => message.From), ReferenceEqualityComparer.Instance);
        var subjects = new HashSet<string>(messages.Select(message => message.Subject), ReferenceEqualityComparer.Instance);
        Assert.True(senders.Count < messages.Count / 20, $"{senders.Count} sender instances for {messages.Count} messages");
        Assert.True(subjects.Count < 3_000, $"{subjects.Count} subject instances for {messages.Count} messages");
    }

    private static double Median(IEnumerable<TieTruth> ties)
    {
        var cadences = ties.Select(tie => tie.CadenceDays).Order().ToList();
        return cadences[cadences.Count / 2];
    }
}
