namespace NudgeService.Application.Web;

/// <summary>What was wrong with a posted body that could not be read as one of our pages' forms.</summary>
public enum FormProblem
{
    None,
    TooLarge,

    /// <summary>Not a form these pages post: too many fields, an overlong name, no multipart boundary, a broken part, a truncated body.</summary>
    Malformed,
}
