namespace LoFin.Application.Budget.Formulation;

/// <summary>A version against the one before it (기정예산 대비): totals and the lines that changed.</summary>
public sealed record VersionDiffView(
    int FiscalYear,
    int VersionNumber,
    int? PreviousNumber,
    long BeforeTotalWon,
    long AfterTotalWon,
    long DeltaWon,
    int AddedCount,
    int RemovedCount,
    int IncreasedCount,
    int DecreasedCount,
    int UnchangedCount,
    IReadOnlyList<LineDiffView> Lines);

/// <summary>One line's change: change is Added, Removed, Increased, Decreased or Unchanged.</summary>
public sealed record LineDiffView(string LineKey, long BeforeWon, long AfterWon, long DeltaWon, string Change);
