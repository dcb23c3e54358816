namespace SmartGift;

/// <summary>Why a CSV file was refused as a whole, before any row was read or sent.</summary>
public enum CsvFileProblem
{
    /// <summary>The file has no byte order mark and is not valid UTF-8 (typically Windows-1252 from Excel).</summary>
    NotUtf8,
    /// <summary>Another encoding was asked for, but the file is UTF-8 with non-ASCII text: reading it otherwise would garble it.</summary>
    Utf8ReadAsOther,
    /// <summary>The header only makes sense split by another separator (';' from Excel in many European locales).</summary>
    OtherDelimiter,
    /// <summary>Standard input or a pipe was larger than CsvReadOptions.MaxSpoolBytes, the most copied to be read whole before sending.</summary>
    TooLarge,
    /// <summary>The file is a SmartGift journal (JSON Lines), given where the CSV of the rows goes.</summary>
    Journal,
}
