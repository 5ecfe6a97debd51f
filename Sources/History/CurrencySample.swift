/// One currency's rows in one minute, folded, and when the first of them was written: a
/// minute whose first refresh has no row of the currency held its previous figures until then.
struct CurrencySample {
  var aggregate: CurrencyAggregate
  var firstAt: Int64
}
