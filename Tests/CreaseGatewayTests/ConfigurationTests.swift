import CreaseGateway
import Logging
import Testing

/// PROTOCOL.md §14: every variable lands in its part of the configuration, durations as
/// `Duration`, and a bad value stops start-up naming the variable.
@Suite struct ConfigurationTests {
    @Test func nothingSetGivesTheDocumentedDefaults() throws {
        let configuration = try GatewayConfiguration.from(environment: ["NODE_ID": "n1", "EVENT_LOOP_THREADS": "3"])
        #expect(configuration.process.nodeID == "n1" && configuration.process.eventLoopThreads == 3)
        #expect(configuration.process.drain == .seconds(10))
        #expect(configuration.http.port == 8080 && configuration.http.timeout == .seconds(10))
        #expect(configuration.webSocket.heartbeat == .seconds(15))
        #expect(configuration.webSocket.heartbeatTimeout == .seconds(45))
        #expect(configuration.webSocket.ackTimeout == .seconds(5))
        #expect(configuration.webSocket.conflateSendBuffer == 4_096)
        #expect(configuration.webSocket.violationLimit == 0 && configuration.webSocket.violationBan == .seconds(60))
        #expect(configuration.compression == GatewayConfiguration.Compression())
        #expect(configuration.shedding.lag == .milliseconds(100) && configuration.shedding.backlog == .seconds(5))
        #expect(configuration.history.length == 1_000 && configuration.history.seqOrigin == .clock)
        #expect(configuration.demo.ballInterval == .seconds(3))
        #expect(configuration.busMode == .embedded)
    }

    @Test func eachVariableLandsInItsPart() throws {
        let configuration = try GatewayConfiguration.from(environment: [
            "GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": "9000", "ADMIN_PORT": "9001", "HTTP_TIMEOUT_MS": "2500",
            "INGEST_TOKEN": "t", "ECHO_ENDPOINT": "on", "LOG_LEVEL": "debug", "DRAIN_SECONDS": "3",
            "TRANSPORT": "nio", "FANOUT_SLICE": "64", "MAX_CONNECTIONS": "10", "ADMISSION_RATE": "5",
            "MAX_MESSAGE_BYTES": "4096", "MAX_SUBSCRIPTIONS": "7", "HEARTBEAT_MS": "1500",
            "HEARTBEAT_TIMEOUT_MS": "4500", "ACK_TIMEOUT_MS": "750", "OUTBOUND_QUEUE_DEPTH": "16",
            "OUTBOUND_QUEUE_BYTES": "65536", "CLIENT_FRAME_RATE": "50", "CLIENT_REQUEST_RATE": "4",
            "SOCKET_SEND_BUFFER": "8192", "SOCKET_RECEIVE_BUFFER": "0", "CONFLATE_SEND_BUFFER": "0",
            "VIOLATION_LIMIT": "20", "VIOLATION_BAN_SECONDS": "300",
            "COMPRESSION": "off", "COMPRESSION_MIN_BYTES": "64", "COMPRESSION_CLIENT_CONTEXT_TAKEOVER": "on",
            "SHED_LAG_MS": "40", "SHED_BACKLOG_MS": "900", "SHED_QUEUED_BYTES": "2048",
            "REDIS_URL": "redis://127.0.0.1:7777", "CHANNEL_PREFIX": "m:", "HISTORY_LEN": "5", "SEQ_ORIGIN": "zero",
            "INGEST_HOST": "127.0.0.2", "INGEST_PORT": "9002", "REPLAY_FILE": "/tmp/x", "REPLAY_RATE": "20",
            "DEMO_MATCHES": "2", "DEMO_BALL_MS": "250",
        ])
        #expect(configuration.http.host == "127.0.0.1" && configuration.http.port == 9000)
        #expect(configuration.http.adminPort == 9001 && configuration.http.timeout == .milliseconds(2_500))
        #expect(configuration.http.ingestToken == "t" && configuration.http.echoEndpoint)
        #expect(configuration.process.logLevel == Logger.Level.debug && configuration.process.drain == .seconds(3))
        #expect(configuration.process.transport == .nio && configuration.process.fanoutSlice == 64)
        let webSocket = configuration.webSocket
        #expect(webSocket.maxConnections == 10 && webSocket.admissionRate == 5)
        #expect(webSocket.maxMessageBytes == 4_096 && webSocket.maxSubscriptions == 7)
        #expect(webSocket.heartbeat == .milliseconds(1_500) && webSocket.heartbeatTimeout == .milliseconds(4_500))
        #expect(webSocket.ackTimeout == .milliseconds(750))
        #expect(webSocket.outboundQueueDepth == 16 && webSocket.outboundQueueBytes == 65_536)
        #expect(webSocket.clientFrameRate == 50 && webSocket.clientRequestRate == 4)
        #expect(webSocket.socketSendBuffer == 8_192 && webSocket.socketReceiveBuffer == 0)
        #expect(webSocket.conflateSendBuffer == nil)
        #expect(webSocket.violationLimit == 20 && webSocket.violationBan == .seconds(300))
        #expect(!configuration.compression.enabled && configuration.compression.minBytes == 64)
        #expect(configuration.compression.clientContextTakeover)
        #expect(configuration.shedding.lag == .milliseconds(40) && configuration.shedding.backlog == .milliseconds(900))
        #expect(configuration.shedding.queuedBytes == 2_048)
        #expect(configuration.busMode == .redis && configuration.redis.endpoint?.port == 7_777)
        #expect(configuration.redis.channelPrefix == "m:")
        #expect(configuration.history.length == 5 && configuration.history.seqOrigin == .zero)
        #expect(configuration.ingest.host == "127.0.0.2" && configuration.ingest.port == 9_002)
        #expect(configuration.ingest.replayFile == "/tmp/x" && configuration.ingest.replayRate == 20)
        #expect(configuration.demo.matches == 2 && configuration.demo.ballInterval == .milliseconds(250))
    }

    @Test(arguments: [
        ("MAX_CONNECTIONS", "0"), ("HEARTBEAT_MS", "soon"), ("ACK_TIMEOUT_MS", "5"), ("COMPRESSION", "maybe"),
        ("TRANSPORT", "io_uring"), ("SEQ_ORIGIN", "epoch"), ("CONFLATE_SEND_BUFFER", "-1"), ("LOG_LEVEL", "loud"),
        ("DRAIN_SECONDS", "3601"), ("GATEWAY_PORT", "65536"), ("VIOLATION_LIMIT", "-1"),
        ("VIOLATION_BAN_SECONDS", "0"),
    ])
    func aBadValueNamesItsVariable(_ variable: String, _ value: String) {
        #expect {
            _ = try GatewayConfiguration.from(environment: [variable: value])
        } throws: { error in
            (error as? ConfigurationError)?.variable == variable
        }
    }

    /// `COMPRESSION` takes `context` besides on/off: compression on, with shared-context cohorts.
    @Test(arguments: [("on", true, false), ("off", false, false), ("context", true, true), (" Context ", true, true)])
    func compressionIsOnOffOrContext(_ value: String, _ enabled: Bool, _ sharedContext: Bool) throws {
        let compression = try GatewayConfiguration.from(environment: ["COMPRESSION": value]).compression
        #expect(compression.enabled == enabled && compression.sharedContext == sharedContext)
        #expect {
            _ = try GatewayConfiguration.from(environment: ["COMPRESSION": "contexts"])
        } throws: { error in
            (error as? ConfigurationError)?.message.contains("on, off or context") == true
        }
    }

    @Test func theHeartbeatTimeoutMustExceedTheHeartbeat() {
        #expect {
            _ = try GatewayConfiguration.from(environment: ["HEARTBEAT_MS": "2000", "HEARTBEAT_TIMEOUT_MS": "2000"])
        } throws: { error in
            (error as? ConfigurationError)?.variable == "HEARTBEAT_TIMEOUT_MS"
        }
    }
}
