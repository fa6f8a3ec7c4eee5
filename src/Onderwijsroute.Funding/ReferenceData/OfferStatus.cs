namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>The status of the onderwijsroute offer for one level group in a region (Dutch: <em>aanbodstatus</em>).</summary>
public enum OfferStatus
{
    /// <summary>Not known (<c>onbekend</c>).</summary>
    Unknown,

    /// <summary>A contracted regional offer (<c>gecontracteerd</c>).</summary>
    Contracted,

    /// <summary>Individual arrangements with a provider elsewhere (<c>maatwerk</c>).</summary>
    Custom,

    /// <summary>No offer (<c>geen</c>).</summary>
    None,
}
