namespace LoFin.Workflows.Runtime;

public enum DecisionOutcome
{
    /// <summary>The event moved the workflow: new state, commands carried out.</summary>
    Applied,

    /// <summary>The event came too late (the step it answers is past); recorded, nothing changes.</summary>
    Ignored,

    /// <summary>The event is not allowed (wrong person, bad payload); recorded, nothing changes.</summary>
    Refused,
}
