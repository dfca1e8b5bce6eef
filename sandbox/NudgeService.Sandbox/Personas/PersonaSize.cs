namespace NudgeService.Sandbox.Personas;

/// <summary>How large a persona's network and mailbox are.</summary>
public enum PersonaSize
{
    /// <summary>About 50 contacts and 2,000 messages.</summary>
    Small,

    /// <summary>About 400 contacts and 25,000 messages.</summary>
    Medium,

    /// <summary>About 3,000 contacts, 200,000 messages and 20,000 events.</summary>
    Large,
}
