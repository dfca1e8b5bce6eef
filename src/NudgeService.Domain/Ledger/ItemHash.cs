using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Domain.Ledger;

/// <summary>
/// 32 bits of SHA-256 of a Graph item id: enough to tell one person's items apart (collisions
/// need tens of thousands of items with the same person) and a quarter of the id's storage.
/// </summary>
public static class ItemHash
{
    public static uint Of(string itemId)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(itemId), digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(digest);
    }
}
