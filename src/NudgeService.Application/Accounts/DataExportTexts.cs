using NudgeService.Application.Web;

namespace NudgeService.Application.Accounts;

/// <summary>The preferences page's offer of a copy of everything we hold, in the user's language.</summary>
public static class DataExportTexts
{
    public static string Explanation(string language) => language == Languages.French
        ? "Vous pouvez télécharger tout ce que nous conservons à votre sujet : votre compte, le registre de vos échanges (dates et adresses, jamais le contenu des messages), vos résumés, les messages proposés et vos choix."
        : "You can download everything we hold about you: your account, the ledger of your exchanges (dates and addresses, never the content of messages), your digests, the drafted messages and your choices.";

    public static string Button(string language) => language == Languages.French ? "Télécharger mes données (JSON)" : "Download my data (JSON)";
}
