import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 channel with one handler more, right after the HTTP/1 decoder: an
/// absolute-form request (`GET http://evil.example/x`) names its host in the target, which
/// the HTTP-types conversion drops; HTTP/1.1 says that authority replaces `Host`, so this
/// handler puts it there and `RequestGuard` checks it like any Host.
struct AbsoluteFormChannel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value
    let inner: HTTP1Channel

    var responder: Responder { inner.responder }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let decoder = try channel.pipeline.syncOperations.handler(
                type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try channel.pipeline.syncOperations.addHandler(AbsoluteFormHost(), position: .after(decoder))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

/// Replaces `Host` with the authority of an absolute-form request target.
final class AbsoluteFormHost: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head(var head) = part, let authority = RequestGuard.absoluteFormAuthority(head.uri) {
            head.headers.replaceOrAdd(name: "Host", value: authority)
            context.fireChannelRead(wrapInboundOut(.head(head)))
            return
        }
        context.fireChannelRead(data)
    }
}

extension HTTPServerBuilder {
    /// `.http1()` with `AbsoluteFormHost`.
    static var http1WithAbsoluteFormHost: HTTPServerBuilder {
        HTTPServerBuilder { responder in AbsoluteFormChannel(inner: HTTP1Channel(responder: responder)) }
    }
}
