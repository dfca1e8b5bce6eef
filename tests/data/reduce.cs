#:project ../../sandbox/NudgeService.Sandbox/NudgeService.Sandbox.csproj
// Makes the reduced copies in tests/data from the original files (see README.md beside this file):
//   dotnet run tests/data/reduce.cs -- enron ORIGINAL.csv tests/data/enron/NAME.csv.gz
//   dotnet run tests/data/reduce.cs -- csdl ORIGINAL.csdl tests/data/graph/graph-v1.0-outlook.csdl
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.VisualBasic.FileIO;
using NudgeService.Sandbox.MailboxLogs;

if (args.Length != 3 || args[0] is not ("enron" or "csdl"))
{
    Console.Error.WriteLine("usage: reduce.cs enron|csdl SOURCE OUTPUT");
    return 2;
}
using var file = File.Create(args[2]);
if (args[0] == "enron") ReduceLog(args[1], file);
else ReduceCsdl(args[1], file);
return 0;

// The log without its subject lines: the last column becomes a thread key, a number per subject
// once reply and forward prefixes are gone (the rule the replay applies to subjects), so messages
// group into the same threads and no subject is kept.
static void ReduceLog(string source, Stream file)
{
    using var output = new GZipStream(file, CompressionLevel.SmallestSize);
    using var parser = new TextFieldParser(source, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
    parser.SetDelimiters(",");
    using var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
    var header = parser.ReadFields() ?? throw new InvalidDataException($"{source} is empty.");
    if (header[^1] != "subject") throw new InvalidDataException($"{source}: the last column is {header[^1]}, not subject.");
    writer.WriteLine(string.Join(',', header[..^1].Append("thread")));
    var threads = new Dictionary<string, int>(StringComparer.Ordinal);
    while (parser.ReadFields() is { } fields)
    {
        if (fields.Length != header.Length) throw new InvalidDataException($"{source} line {parser.LineNumber}: {fields.Length} fields.");
        var key = ThreadKey.FromSubject(fields[^1]);
        var thread = key.Length == 0 ? "" : (threads.TryGetValue(key, out var number) ? number : threads[key] = threads.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteLine(string.Join(',', fields[..^1].Select(Quoted).Append(thread)));
    }
}

static string Quoted(string field) =>
    field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

// The CSDL's entity, complex and enum types the sandbox serves, with every type their properties
// and base types reach; navigation properties to types left out, documentation, the entity
// container, actions and functions are dropped.
static void ReduceCsdl(string source, Stream output)
{
    string[] served = ["user", "mailboxSettings", "contact", "contactFolder", "message", "mailFolder", "event", "calendar"];
    var document = XDocument.Load(source);
    var schemas = document.Root!.Descendants().Where(element => element.Name.LocalName == "Schema").ToList();
    var types = new Dictionary<string, XElement>(StringComparer.Ordinal);
    foreach (var schema in schemas)
    {
        var space = (string)schema.Attribute("Namespace")!;
        var alias = (string?)schema.Attribute("Alias");
        foreach (var type in schema.Elements().Where(IsType))
        {
            types[space + "." + (string)type.Attribute("Name")!] = type;
            if (alias is not null) types[alias + "." + (string)type.Attribute("Name")!] = type;
        }
    }

    var kept = new HashSet<XElement>();
    var pending = new Stack<XElement>(served.Select(name => types["microsoft.graph." + name]));
    while (pending.TryPop(out var type))
    {
        if (!kept.Add(type)) continue;
        foreach (var reference in References(type))
        {
            if (types.TryGetValue(reference, out var referenced)) pending.Push(referenced);
        }
    }

    foreach (var schema in schemas)
    {
        foreach (var child in schema.Elements().ToList())
        {
            if (!kept.Contains(child)) child.Remove();
        }
        foreach (var type in schema.Elements())
        {
            foreach (var navigation in type.Elements().Where(element => element.Name.LocalName == "NavigationProperty").ToList())
            {
                if (!types.TryGetValue(ElementType((string)navigation.Attribute("Type")!), out var target) || !kept.Contains(target)) navigation.Remove();
            }
            foreach (var annotation in type.Descendants().Where(element => element.Name.LocalName == "Annotation").ToList()) annotation.Remove();
        }
    }
    foreach (var schema in schemas.Where(schema => !schema.HasElements)) schema.Remove();
    using (var writer = System.Xml.XmlWriter.Create(output, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
    {
        document.Save(writer);
    }
    output.WriteByte((byte)'\n');
}

static bool IsType(XElement element) => element.Name.LocalName is "EntityType" or "ComplexType" or "EnumType" or "TypeDefinition";

static IEnumerable<string> References(XElement type)
{
    if (type.Attribute("BaseType") is { } baseType) yield return baseType.Value;
    foreach (var property in type.Elements().Where(element => element.Name.LocalName == "Property")) yield return ElementType((string)property.Attribute("Type")!);
}

static string ElementType(string type) => type.StartsWith("Collection(", StringComparison.Ordinal) ? type["Collection(".Length..^1] : type;
