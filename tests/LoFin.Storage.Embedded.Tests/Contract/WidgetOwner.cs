namespace LoFin.Storage.Embedded.Tests.Contract;

/// <summary>A nested object, so queries on property paths (<c>owner.department</c>) are covered.</summary>
public sealed record WidgetOwner(string Department, int Level);
