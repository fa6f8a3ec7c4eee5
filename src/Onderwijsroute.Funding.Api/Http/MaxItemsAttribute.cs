namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// The most items a list of a request body may hold. <see cref="JsonBody"/> refuses a longer list with a 400 naming it
/// while it reads the JSON, before any item is deserialized or validated (<see cref="JsonListBounds"/>), and the OpenAPI
/// document shows the bound as <c>maxItems</c>. A list without this attribute holds at most
/// <see cref="JsonListBounds.DefaultMaxItems"/> items.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MaxItemsAttribute : Attribute
{
    /// <summary>A fixed bound.</summary>
    /// <param name="count">The most items.</param>
    public MaxItemsAttribute(int count) => Count = count;

    /// <summary>A bound that follows from the reference data.</summary>
    /// <param name="bound">Which one.</param>
    public MaxItemsAttribute(ListBound bound) => Bound = bound;

    /// <summary>The fixed bound, or <c>null</c> when <see cref="Bound"/> gives it.</summary>
    public int? Count { get; }

    /// <summary>The bound from the reference data, or <c>null</c> when <see cref="Count"/> gives it.</summary>
    public ListBound? Bound { get; }
}
