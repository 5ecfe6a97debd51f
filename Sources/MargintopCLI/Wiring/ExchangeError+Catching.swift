import ExchangeModel

extension ExchangeError {
  /// The result of `operation`, its error kept as the value it is.
  static func catching<T>(_ operation: () async throws(ExchangeError) -> T) async -> Result<T, ExchangeError> {
    do {
      return .success(try await operation())
    } catch {
      return .failure(error)
    }
  }
}
