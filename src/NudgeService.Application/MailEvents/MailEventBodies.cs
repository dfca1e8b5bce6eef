namespace NudgeService.Application.MailEvents;

/// <summary>Reads an event post's body whole (the signature covers its exact bytes), up to a bound.</summary>
public static class MailEventBodies
{
    /// <summary>Far above what SendGrid posts at once; a larger body is refused before it is held in memory.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
