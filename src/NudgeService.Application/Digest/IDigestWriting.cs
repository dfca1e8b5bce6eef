namespace NudgeService.Application.Digest;

/// <summary>Writes the drafted messages from the Liquid templates of each language.</summary>
public interface IDraftWriter
{
    /// <summary>How many wordings the kind has in the language, for rotating them.</summary>
    int Variants(NudgeKind kind, string language);

    MessageDraft Write(DraftRequest request);
}

/// <summary>Lays out the weekly email (HTML and plain text) from the Liquid templates of its language.</summary>
public interface IDigestRenderer
{
    RenderedDigest Render(DigestView digest);
}
