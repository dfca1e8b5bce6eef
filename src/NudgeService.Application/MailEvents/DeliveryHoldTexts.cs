using System.Globalization;
using NudgeService.Application.Web;

namespace NudgeService.Application.MailEvents;

/// <summary>The preferences page's sentence saying why digests are paused, in the user's language.</summary>
public static class DeliveryHoldTexts
{
    public static string Describe(DeliveryHold hold, string language)
    {
        var culture = Languages.Culture(language);
        var day = hold.At.ToString("d MMMM yyyy", culture);
        var status = hold.Status is { Length: > 0 } code ? $" ({code})" : "";
        return language == Languages.French
            ? hold.Reason switch
            {
                DeliveryHoldReason.Blocked => $"Vos résumés sont en pause : le {day}, votre serveur de messagerie a bloqué notre email{status}. Demandez à votre administrateur d'autoriser notre adresse d'envoi, puis reconnectez votre compte.",
                DeliveryHoldReason.SuppressedAddress => $"Vos résumés sont en pause : le {day}, notre email n'a pas été envoyé car votre adresse a refusé un envoi précédent{status}. Quand elle fonctionnera de nouveau, reconnectez votre compte pour les reprendre.",
                _ => $"Vos résumés sont en pause : le {day}, votre serveur de messagerie a refusé notre email{status}, comme si l'adresse n'existait plus. Quand elle fonctionnera de nouveau, reconnectez votre compte pour les reprendre.",
            }
            : hold.Reason switch
            {
                DeliveryHoldReason.Blocked => $"Your digests are paused: on {day} your mail server blocked our email{status}. Ask your administrator to allow our sending address, then connect your account again.",
                DeliveryHoldReason.SuppressedAddress => $"Your digests are paused: on {day} our email was not sent because your address refused an earlier one{status}. Once it takes mail again, connect your account again to resume them.",
                _ => $"Your digests are paused: on {day} your mail server refused our email{status}, as if the address no longer existed. Once it takes mail again, connect your account again to resume them.",
            };
    }
}
