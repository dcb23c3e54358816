// CONTRACT placeholder: the mock server work replaces this file.
System.Console.WriteLine("SmartGift mock server: not built yet");
