using System.Text;

namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>
/// Streams RFC 4180 records: fields separated by commas, optionally in double quotes, with
/// doubled quotes inside and commas or line breaks allowed in quoted fields. Lines end with
/// CRLF or LF.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly StringBuilder field = new();

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of input.</summary>
    /// <param name="wellFormed">False when a quote was misplaced or never closed; the fields then hold what could be read.</param>
    public bool TryRead(List<string> fields, out bool wellFormed)
    {
        fields.Clear();
        field.Clear();
        wellFormed = true;
        var character = reader.Read();
        if (character < 0) return false;

        var quoted = false;
        var afterClosingQuote = false;
        var fieldStarted = false;
        while (true)
        {
            if (character < 0)
            {
                if (quoted) wellFormed = false;
                fields.Add(field.ToString());
                return true;
            }
            var c = (char)character;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                afterClosingQuote = false;
                fieldStarted = false;
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                reader.Read();
                return EndRecord(fields);
            }
            else if (c == '\n')
            {
                return EndRecord(fields);
            }
            else if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else
            {
                if (c == '"' || afterClosingQuote) wellFormed = false;
                field.Append(c);
                fieldStarted = true;
            }
            character = reader.Read();
        }
    }

    private bool EndRecord(List<string> fields)
    {
        fields.Add(field.ToString());
        return true;
    }
}
