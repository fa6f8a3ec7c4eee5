// The namespaces most of the domain uses: dates, invariant formatting, the parameters and the reference data.
global using System.Globalization;
global using NodaTime;
global using Onderwijsroute.Funding.Parameters;
global using Onderwijsroute.Funding.ReferenceData;
