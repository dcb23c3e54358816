using System.IO;

namespace SmartGift.Core.Tests.Reconciliation;

/// <summary>`smartgift reconcile FILE` tells sales from redemptions by the header, spelt as the column table reads it.</summary>
public class SourceKindsTests
{
    [Theory]
    [InlineData("order_id,voucher_id,price", SourceKind.Sales)]
    [InlineData("Order ID,Voucher ID,Price", SourceKind.Sales)]
    [InlineData("reference,voucher_no,site_id,value", SourceKind.Redemptions)]
    [InlineData("Reference,Voucher No,Site ID,Value", SourceKind.Redemptions)]
    [InlineData("\"Voucher-No\";\"Value\"", SourceKind.Redemptions, ';')]
    [InlineData("Voucher No,Site ID,Value", SourceKind.Redemptions)]
    [InlineData("colour,size", SourceKind.Sales)]
    public void A_header_is_read_by_the_column_table(string header, SourceKind kind, char delimiter = ',')
    {
        Assert.Equal(kind, SourceKinds.FromHeader(header, delimiter));
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
