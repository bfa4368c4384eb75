namespace AirbnbClone.Domain.Shared;

/// <summary>
/// The ISO code lists the domain checks against: countries (3166-1 alpha-2), currencies (4217) and each currency's minor
/// unit (the decimals an amount in it may have).
/// </summary>
public static class IsoCodes
{
    // Officially assigned ISO 3166-1 alpha-2 codes (249).
    private const string CountryList =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    // Active ISO 4217 currency codes (funds and precious metals left out: nobody pays a night in XAU).
    private const string CurrencyList =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP " +
        "CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR " +
        "ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT " +
        "MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD " +
        "SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES " +
        "VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL";

    // ISO 4217 minor units other than 2 among the currencies above; every other currency has 2 decimals.
    private const string ZeroDecimalList = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";
    private const string ThreeDecimalList = "BHD IQD JOD KWD LYD OMR TND";

    public static readonly IReadOnlySet<string> ZeroDecimalCurrencies = new HashSet<string>(ZeroDecimalList.Split(' '), StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> ThreeDecimalCurrencies = new HashSet<string>(ThreeDecimalList.Split(' '), StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Countries = new HashSet<string>(CountryList.Split(' '), StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Currencies = new HashSet<string>(CurrencyList.Split(' '), StringComparer.Ordinal);

    /// <summary>True for an upper-case ISO 3166-1 alpha-2 code such as "FR".</summary>
    public static bool IsCountry(string? code) => code is { Length: 2 } && Countries.Contains(code);

    /// <summary>True for an upper-case ISO 4217 code such as "EUR".</summary>
    public static bool IsCurrency(string? code) => code is { Length: 3 } && Currencies.Contains(code);

    /// <summary>
    /// The ISO 4217 minor unit of an upper-case currency code: 0 for JPY or KRW, 3 for BHD or KWD, 2 for EUR, USD and
    /// every other code (an unknown code too; callers check <see cref="IsCurrency"/> first).
    /// </summary>
    public static int MinorUnit(string? currency) =>
        currency is null ? 2 : ZeroDecimalCurrencies.Contains(currency) ? 0 : ThreeDecimalCurrencies.Contains(currency) ? 3 : 2;
}
