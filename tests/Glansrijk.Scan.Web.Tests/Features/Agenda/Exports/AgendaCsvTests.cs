using System.Text;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

public sealed class AgendaCsvTests
{
    [Fact]
    public void The_file_is_UTF8_with_a_byte_order_mark_and_a_Dutch_header_separated_by_semicolons()
    {
        var bytes = AgendaCsv.Write(SampleAgenda.Closed().Report());

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Parse(bytes);
        Assert.Equal(AgendaCsv.Header, rows[0]);
        Assert.StartsWith("Nr;Focusnorm;Actie;Wat verandert er voor jongeren;Trekker;", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_action_is_a_row_with_trekker_and_sortable_dates()
    {
        var report = SampleAgenda.Closed().Report();

        var rows = Parse(AgendaCsv.Write(report));

        Assert.Equal(report.Actions.Count + 1, rows.Count);
        var first = rows[1];
        Assert.Equal("1", first[0]);
        Assert.Equal("Warme overdracht van school naar werkbedrijf vastleggen", first[2]);
        Assert.Equal("Sanne Bakker", first[4]);
        Assert.Equal("Praktijkschool De Brug, Werkbedrijf Drechtsteden", first[6]);
        Assert.Equal(["2027-03-01", "2027-12-15", "2027-06-01", "2027-06-01"], first[7..11]);
        Assert.Equal(["", "Plan", "op schema"], first[12..]);
    }

    [Fact]
    public void Commas_semicolons_quotes_and_line_breaks_in_a_title_survive_the_round_trip()
    {
        const string title = "Overdracht \"warm\"; met school, werkbedrijf\nen RMC";

        var rows = Parse(AgendaCsv.Write(SampleAgenda.Closed(firstActionTitle: title).Report()));

        Assert.Equal(title, rows[1][2]);
        Assert.All(rows, row => Assert.Equal(AgendaCsv.Header.Count, row.Count));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.com\";\"klik\")")]
    [InlineData("+31 78 123 4567")]
    [InlineData("-1 jongere per maand")]
    [InlineData("@SUM(A1:A9)")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string title)
    {
        var rows = Parse(AgendaCsv.Write(SampleAgenda.Closed(firstActionTitle: title).Report()));

        Assert.Equal("'" + title, rows[1][2]);
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("zeg \"ja\"", "\"zeg \"\"ja\"\"\"")]
    [InlineData("twee\r\nregels", "\"twee\r\nregels\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=1;2", "\"'=1;2\"")]
    public void A_field_is_quoted_only_when_it_must_be(string value, string expected) =>
        Assert.Equal(expected, AgendaCsv.Field(value));

    /// <summary>An RFC 4180 reader with the semicolon as separator, independent of the writer.</summary>
    private static List<List<string>> Parse(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(field.ToString());
        Assert.Empty(row);
        return rows;
    }
}
