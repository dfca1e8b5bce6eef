using Microsoft.AspNetCore.Http;

namespace NudgeService.Application.Actions;

/// <summary>
/// Reads a posted form without trusting its announced size: at most <see cref="MaxBytes"/> are
/// read, whatever Content-Length says or when it says nothing (chunked).
/// </summary>
public static class PostedForm
{
    /// <summary>Room for a 20 kB message percent-encoded (up to three times longer) and its subject.</summary>
    public const int MaxBytes = 96 * 1024;

    /// <summary>The form, or null when the request is larger than a form of these pages can be.</summary>
    /// <exception cref="InvalidDataException">The body is not a form.</exception>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) return null;
        if (!request.HasFormContentType) return FormCollection.Empty;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        request.Body = buffer;
        return await request.ReadFormAsync(cancellationToken);
    }
}
