using System.IO;

namespace SmartGift.Core.Tests.Reconciliation;

/// <summary>`smartgift reconcile FILE` tells sales from redemptions by the header, spelt as the column table reads it.</summary>
public class SourceKindsTests
{
    [Theory]
    [InlineData("order_id,voucher_id,price", "Sales")]
    [InlineData("Order ID,Voucher ID,Price", "Sales")]
    [InlineData("reference,voucher_no,site_id,value", "Redemptions")]
    [InlineData("Reference,Voucher No,Site ID,Value", "Redemptions")]
    [InlineData("\"Voucher-No\";\"Value\"", "Redemptions", ';')]
    [InlineData("Voucher No,Site ID,Value", "Redemptions")]
    [InlineData("colour,size", "Sales")]
    public void A_header_is_read_by_the_column_table(string header, string kind, char delimiter = ',')
    {
        // The kind by name: SourceKind is internal, and a public test method cannot take it.
        Assert.Equal(System.Enum.Parse<SourceKind>(kind), SourceKinds.FromHeader(header, delimiter));
    }

    [Fact]
    public void A_file_is_read_from_its_first_line_that_is_not_blank()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\n\nReference,Voucher No,Value\nR-1,DEMO000001,5.00\n");
            Assert.Equal(SourceKind.Redemptions, SourceKinds.Detect(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
