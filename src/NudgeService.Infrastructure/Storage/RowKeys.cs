namespace NudgeService.Infrastructure.Storage;

/// <summary>Table row keys may not hold '/', '\', '#', '?' or control characters; addresses occasionally do.</summary>
internal static class RowKeys
{
    public static string Escape(string key) =>
        string.Concat(key.Select(character => character is '/' or '\\' or '#' or '?' or '%' || char.IsControl(character) ? $"%{(int)character:X2}" : character.ToString()));

    public static string Unescape(string rowKey) => Uri.UnescapeDataString(rowKey);
}
