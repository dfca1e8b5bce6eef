using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NudgeService.Application.Actions;

/// <summary>
/// The anti-forgery value of an action page's forms: the link's token, protected for this purpose.
/// A POST acts only with it, so only a form NudgeService rendered for that very link can act.
/// </summary>
public sealed class ActionFormProof(IDataProtectionProvider protection)
{
    public const string Field = "proof";
    private readonly IDataProtector protector = protection.CreateProtector("NudgeService.ActionForm.v1");

    public string For(string token) => protector.Protect(token);

    public bool Verifies(string token, string? proof)
    {
        if (string.IsNullOrEmpty(proof)) return false;
        try
        {
            return protector.Unprotect(proof) == token;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
