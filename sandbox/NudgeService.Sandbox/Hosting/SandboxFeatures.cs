namespace NudgeService.Sandbox.Hosting;

/// <summary>Every service the sandbox emulates, in the order their endpoints are mapped.</summary>
internal static class SandboxFeatures
{
    public static IReadOnlyList<ISandboxFeature> All { get; } =
    [
        new Identity.IdentityFeature(),
        new Graph.GraphFeature(),
        new SendGrid.SendGridFeature(),
        new Admin.AdminFeature(),
    ];
}
