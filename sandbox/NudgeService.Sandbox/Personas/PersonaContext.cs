namespace NudgeService.Sandbox.Personas;

/// <summary>What every part of the generator writes with.</summary>
internal sealed record PersonaContext(
    PersonaProfile Profile,
    PersonaOwner Owner,
    Timeline Timeline,
    PersonaNetwork Network,
    PlantedEvents Planted,
    MailboxDraft Mailbox,
    PrefixedSubjects Prefixed)
{
    public SubjectSet OwnerLanguage => SubjectPool.For(Owner.IsFrench);

    /// <summary>French only when both sides are French.</summary>
    public SubjectSet LanguageWith(Tie tie) => SubjectPool.For(Owner.IsFrench && tie.IsFrench);

    public string Reply(SubjectSet language, string subject) => Prefixed.Of(language.ReplyPrefix, subject);

    public string Forward(SubjectSet language, string subject) => Prefixed.Of(language.ForwardPrefix, subject);
}
