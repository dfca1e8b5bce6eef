using NudgeService.Application.Web;

namespace NudgeService.Application.MailEvents;

/// <summary>The preferences page's sentence saying why digests are paused, in the user's language.</summary>
public static class DeliveryHoldSentence
{
    public static string Of(DeliveryHold hold, string language)
    {
        var texts = PageTexts.For(language);
        var culture = Languages.Culture(language);
        var status = hold.Status is { Length: > 0 } code ? $" ({code})" : "";
        var sentence = hold.Reason switch
        {
            DeliveryHoldReason.Blocked => texts.DeliveryBlocked,
            DeliveryHoldReason.SuppressedAddress => texts.DeliverySuppressed,
            _ => texts.DeliveryRefused,
        };
        return string.Format(culture, sentence, hold.At.ToString("d MMMM yyyy", culture), status);
    }
}
