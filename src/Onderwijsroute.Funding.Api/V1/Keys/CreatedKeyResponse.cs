namespace Onderwijsroute.Funding.Api.V1.Keys;

/// <summary>Een nieuwe sleutel: de enige keer dat de sleutel zelf getoond wordt.</summary>
/// <param name="Sleutel">De gegevens van de sleutel.</param>
/// <param name="ApiSleutel">De sleutel voor de header X-Api-Key; bewaar hem veilig, hij is later niet meer op te vragen.</param>
internal sealed record CreatedKeyResponse(KeyResponse Sleutel, string ApiSleutel);
