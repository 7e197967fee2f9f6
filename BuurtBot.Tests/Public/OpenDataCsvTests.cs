using BuurtBot.Public.OpenData;

namespace BuurtBot.Tests.Public;

public sealed class OpenDataCsvTests
{
    private sealed class TwoColumns(params OpenDataRow[] rows) : IOpenDataSet
    {
        public string Name => "test";

        public string Title => "Test";

        public string Description => "Test";

        public bool HasGeometry => false;

        public int Order => 0;

        public IReadOnlyList<OpenDataField> Fields { get; } = [new("tekst", OpenDataFieldType.Tekst, "t"), new("getal", OpenDataFieldType.Geheel, "g")];

        public Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OpenDataRow>>(rows);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+31 6", "'+31 6")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tdag", "'\tdag")]
    [InlineData("Gewoon, met \"quotes\"\r\nen regels", "Gewoon, met \"quotes\"\r\nen regels")]
    public async Task TextThatASpreadsheetWouldRunIsDefusedAndEverythingRoundTrips(string text, string expected)
    {
        var dataset = new TwoColumns(new OpenDataRow([text, -5]));
        var rows = Csv.Read(OpenDataCsv.Write(dataset, await dataset.RowsAsync(default)));
        Assert.Equal(["tekst", "getal"], rows[0]);
        Assert.Equal(expected, rows[1][0]);
        Assert.Equal("-5", rows[1][1]); // numbers are not text: a negative number stays a number
    }

    [Fact]
    public async Task ARowWithTheWrongNumberOfValuesIsAnError()
    {
        var dataset = new TwoColumns(new OpenDataRow(["alleen tekst"]));
        var rows = await dataset.RowsAsync(default);
        var error = Assert.Throws<InvalidOperationException>(() => OpenDataCsv.Write(dataset, rows));
        Assert.Contains("2 fields", error.Message);
    }
}
