import ExchangeModel

extension ExchangeError {
  /// The result of `operation`, with any error that is not an `ExchangeError` reported as
  /// `fallback` (the protocols promise `ExchangeError`; another error's text is never shown).
  static func catching<T>(fallback: String, _ operation: () async throws -> T) async -> Result<T, ExchangeError> {
    do {
      return .success(try await operation())
    } catch let error as ExchangeError {
      return .failure(error)
    } catch {
      return .failure(ExchangeError(kind: .exchange, message: fallback))
    }
  }
}
