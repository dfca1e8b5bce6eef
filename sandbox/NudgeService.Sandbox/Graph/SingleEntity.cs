using System.Buffers;
using System.Text.Json;

namespace NudgeService.Sandbox.Graph;

public static class SingleEntity
{
    public static GraphResponse Write(Action<Utf8JsonWriter> write, int status = 200)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return GraphResponse.Json(buffer.WrittenSpan.ToArray(), status);
    }
}
