// The namespaces nearly every file of the API uses: the HTTP plumbing, the v1 building blocks and the typed results,
// the domain's parameters and reference data, and the store with its hosting (Storage/).
global using Microsoft.AspNetCore.Http.HttpResults;
global using Onderwijsroute.Funding.Api.Http;
global using Onderwijsroute.Funding.Api.Storage;
global using Onderwijsroute.Funding.Api.V1.Common;
global using Onderwijsroute.Funding.Parameters;
global using Onderwijsroute.Funding.Persistence;
global using Onderwijsroute.Funding.ReferenceData;
