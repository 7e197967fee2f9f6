using System.Text;

namespace BuurtBot.Tests.Public;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
public static class Csv
{
    public static List<Dictionary<string, string>> ReadRecords(string text)
    {
        var rows = Read(text);
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else { cell.Append(text[i]); i++; }
                }
            }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); i++; }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "a record must end with CRLF");
                row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i += 2;
            }
            else
            {
                Assert.NotEqual('\n', c); // a bare LF outside quotes is not RFC 4180
                cell.Append(c); i++;
            }
        }

        Assert.True(row.Count == 0 && cell.Length == 0, "the last record must end with CRLF");
        return rows;
    }
}
