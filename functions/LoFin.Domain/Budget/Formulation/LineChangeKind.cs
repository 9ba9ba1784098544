namespace LoFin.Domain.Budget.Formulation;

/// <summary>How a line changed from one version to the next.</summary>
public enum LineChangeKind
{
    Unchanged = 0,

    /// <summary>신규: the line is not in the previous version.</summary>
    Added = 1,

    /// <summary>삭제: the line is not in this version.</summary>
    Removed = 2,

    /// <summary>증액.</summary>
    Increased = 3,

    /// <summary>감액.</summary>
    Decreased = 4,
}
