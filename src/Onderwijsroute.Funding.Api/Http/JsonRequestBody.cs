namespace Onderwijsroute.Funding.Api.Http;

/// <summary>
/// Endpoint metadata naming the JSON request body type for the OpenAPI document only. Unlike <c>Accepts&lt;T&gt;</c> it
/// does not make routing answer 415 for another content type: <see cref="JsonBody"/> answers that with a 400 problem
/// naming <c>Content-Type</c>, as every invalid input is a 400 (ADR /core/error-handling/invalid-input).
/// </summary>
/// <param name="Type">The request type.</param>
/// <param name="Example">A valid request as JSON, shown in the document and offered by "Try it out".</param>
internal sealed record JsonRequestBody(Type Type, string Example);
