using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using NudgeService.Application.Digest;

namespace NudgeService.Infrastructure.Templates;

/// <summary>Where each kind's drafts live, and how many wordings each holds.</summary>
internal static class DraftTemplates
{
    public static string NameOf(NudgeKind kind) => kind switch
    {
        NudgeKind.Reconnect => "reconnect",
        NudgeKind.Birthday => "birthday",
        NudgeKind.NewRole => "new-role",
        NudgeKind.CheckIn => "check-in",
        NudgeKind.NewDomain => "new-domain",
        NudgeKind.SeeingSoon => "seeing-soon",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No draft template for this kind."),
    };

    /// <summary>The branches of the template's top-level <c>case variant</c>; a template without one has a single wording.</summary>
    public static int VariantCount(IFluidTemplate template)
    {
        var statements = template is FluidTemplate parsed ? parsed.Statements : [];
        var variants = statements.OfType<CaseStatement>().FirstOrDefault();
        return variants is null ? 1 : Math.Max(1, variants.Whens.Sum(when => when.Options.Count));
    }
}
