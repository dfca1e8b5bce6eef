namespace NudgeService.Application.Sync;

/// <summary>How far a sync has come.</summary>
/// <param name="Fraction">Share of the history window the mail streams have read, by mail date ; 1 once done.</param>
public sealed record SyncProgress(int ItemsRead, int Pages, double Fraction);
