namespace SmartGift.Core.Tests.Security
{
    /// <summary>DESIGN 9: what the one scrubber of outside text removes, and what it leaves alone.</summary>
    public class SecretScrubberTests
    {
        private const string Secret = "sk_live_Q7mZ2pR9tK4wX8nB3v";
        private static readonly ApiKey Key = ApiKey.FromString(Secret);

        [Theory]
        [InlineData("token sk_live_Q7mZ2pR9tK4wX8nB3v refused", "token sk_...nB3v refused")]
        [InlineData("TOKEN SK_LIVE_Q7MZ2PR9TK4WX8NB3V", "TOKEN sk_...nB3v")]
        [InlineData("cut: sk_live_Q7mZ2p", "cut: sk_...nB3v")]                 // the first 14 characters
        [InlineData("mid 2pR9tK4w!", "mid sk_...nB3v!")]                       // 8 from the middle
        [InlineData("twice sk_live_Q7mZ2pR9tK4wX8nB3vsk_live_Q7mZ2pR9tK4wX8nB3v", "twice sk_...nB3vsk_...nB3v")]
        public void The_key_is_masked_in_any_case_and_any_piece_of_eight_or_more(string text, string expected)
        {
            Assert.Equal(expected, Key.Redact(text));
        }

        [Theory]
        [InlineData("sk_live_ is a prefix of 8")] // 8 characters of the key: masked (a key's prefix says little, but the rule is simple)
        public void Eight_characters_are_enough(string text)
        {
            Assert.DoesNotContain("sk_live_", Key.Redact(text));
        }

        [Theory]
        [InlineData("The voucher has been redeemed.")]
        [InlineData("sk_live order Q7mZ2pR 9tK4wX8")]  // pieces of 7 or fewer
        [InlineData("")]
        public void Ordinary_text_is_left_alone(string text)
        {
            Assert.Same(text, Key.Redact(text));
        }

        [Theory]
        [InlineData("see http://user:S3cretPw@198.51.100.7/x", "see http://***@198.51.100.7/x")]
        [InlineData("HTTPS://admin@host/", "HTTPS://***@host/")]
        [InlineData("mail marty@smart-gift.co.uk", "mail marty@smart-gift.co.uk")]
        public void Url_user_info_is_removed(string text, string expected)
        {
            Assert.Equal(expected, Key.Redact(text));
        }

        [Fact]
        public void A_short_key_is_matched_whole_in_any_case()
        {
            var key = ApiKey.FromString("abc123");
            Assert.Equal("x ... y", key.Redact("x ABC123 y"));
            Assert.Equal("abc12", key.Redact("abc12"));
        }
    }
}
