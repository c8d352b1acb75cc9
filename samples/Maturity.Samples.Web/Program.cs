using Maturity.Samples.Web;

// `dotnet run --project samples/Maturity.Samples.Web`: creates the SQLite file and the demo advisers on first run.
var app = WebSample.Build(args);
app.Run();
