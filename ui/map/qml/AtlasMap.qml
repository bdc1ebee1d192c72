// SPDX-License-Identifier: GPL-3.0-or-later
// The map scene of MapView: the offline base map, a QtLocation Map (transparent "itemsoverlay",
// or OpenStreetMap tiles when the user switches them on), the place markers, the base map's
// names above them, the overlay (notes, scale bar and attribution, painted by MapPainter as in
// exports) and the tooltip.
// viewCenter/viewZoom are the one source of the view; the Map and the painted layers follow
// them, the handlers below change them.
import QtQuick
import QtLocation
import QtPositioning
import CoalitionAtlas.Map

Item {
    id: root

    required property MapController controller

    property var viewCenter: QtPositioning.coordinate(33.5, 40.0)
    property real viewZoom: 5.5
    readonly property alias markerLayer: markers
    readonly property var map: mapLoader.item
    readonly property bool rightToLeft: controller.language === "ar"

    focus: true
    activeFocusOnTab: true
    LayoutMirroring.enabled: rightToLeft
    LayoutMirroring.childrenInherit: true

    function setView(center, zoom) {
        viewZoom = controller.clampZoom(zoom)
        viewCenter = center
    }
    function zoomAround(x, y, steps) {
        const newZoom = controller.clampZoom(viewZoom + steps)
        const center = controller.zoomedCenter(viewCenter, viewZoom, newZoom, width, height, x, y)
        setView(center, newZoom)
    }
    function panBy(dx, dy) {
        viewCenter = controller.panned(viewCenter, viewZoom, width, height, dx, dy)
    }

    onViewCenterChanged: controller.reportView(viewCenter, viewZoom, width, height)
    onViewZoomChanged: controller.reportView(viewCenter, viewZoom, width, height)
    onWidthChanged: controller.reportView(viewCenter, viewZoom, width, height)
    onHeightChanged: controller.reportView(viewCenter, viewZoom, width, height)
    Component.onCompleted: controller.reportView(viewCenter, viewZoom, width, height)

    Connections {
        target: root.controller
        function onViewRequested(center, zoom) { root.setView(center, zoom) }
    }

    BaseMapLayer {
        anchors.fill: parent
        visible: !root.controller.onlineTiles
        center: root.viewCenter
        zoomLevel: root.viewZoom
        controller: root.controller
    }

    Loader {
        id: mapLoader
        anchors.fill: parent
        sourceComponent: root.controller.onlineTiles ? onlineMap : offlineMap
    }

    Component {
        id: offlineMap
        Map {
            plugin: Plugin { name: "itemsoverlay" }
            color: "transparent"
            center: root.viewCenter
            zoomLevel: root.viewZoom
            minimumZoomLevel: 4
            maximumZoomLevel: 13
        }
    }

    Component {
        id: onlineMap
        Map {
            plugin: Plugin {
                name: "osm"
                PluginParameter { name: "osm.useragent"; value: "CoalitionAtlas" }
                PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
            }
            color: "#d6e3ea"
            center: root.viewCenter
            zoomLevel: root.viewZoom
            minimumZoomLevel: 4
            maximumZoomLevel: 13
        }
    }

    PlaceMarkerLayer {
        id: markers
        anchors.fill: parent
        center: root.viewCenter
        zoomLevel: root.viewZoom
        controller: root.controller
    }

    // Above the markers: country and sea names are never hidden under a cluster.
    BaseMapLabelLayer {
        id: names
        objectName: "baseMapLabels"
        anchors.fill: parent
        visible: !root.controller.onlineTiles
        center: root.viewCenter
        zoomLevel: root.viewZoom
        controller: root.controller
    }

    DragHandler {
        id: drag
        target: null
        property vector2d last: Qt.vector2d(0, 0)
        onActiveChanged: last = Qt.vector2d(0, 0)
        onActiveTranslationChanged: {
            root.panBy(activeTranslation.x - last.x, activeTranslation.y - last.y)
            last = activeTranslation
        }
    }

    PinchHandler {
        target: null
        property real last: 1
        onActiveChanged: last = 1
        onActiveScaleChanged: {
            root.zoomAround(centroid.position.x, centroid.position.y, Math.log2(activeScale / last))
            last = activeScale
        }
    }

    WheelHandler {
        target: null
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => root.zoomAround(point.position.x, point.position.y, event.angleDelta.y / 240)
    }

    TapHandler {
        onTapped: (eventPoint) => {
            root.forceActiveFocus()
            // A tap on a cluster of the index zooms in to where it splits; elsewhere it selects.
            const x = eventPoint.position.x, y = eventPoint.position.y
            const expansion = markers.expansionZoomAt(x, y)
            if (expansion > 0)
                root.zoomAround(x, y, expansion - root.viewZoom)
            else if (markers.usesIndex() && markers.placesAt(x, y).length > 1)
                root.controller.selectEventsAt(markers.placesAt(x, y))
            else
                root.controller.activatePlaces(markers.placesAt(x, y))
        }
        onDoubleTapped: (eventPoint) => root.zoomAround(eventPoint.position.x, eventPoint.position.y, 1)
    }

    HoverHandler {
        id: hover
        onPointChanged: {
            root.controller.reportCursor(point.position.x, point.position.y, root.width, root.height)
            tip.text = markers.toolTipAt(point.position.x, point.position.y)
            tip.at = point.position
        }
        onHoveredChanged: if (!hovered) tip.text = ""
    }

    Keys.onPressed: (event) => {
        const step = 100
        switch (event.key) {
        case Qt.Key_Plus: case Qt.Key_Equal: zoomAround(width / 2, height / 2, 1); break
        case Qt.Key_Minus: case Qt.Key_Underscore: zoomAround(width / 2, height / 2, -1); break
        case Qt.Key_Left: panBy(step, 0); break
        case Qt.Key_Right: panBy(-step, 0); break
        case Qt.Key_Up: panBy(0, step); break
        case Qt.Key_Down: panBy(0, -step); break
        default: return
        }
        event.accepted = true
    }

    MapOverlayLayer {
        anchors.fill: parent
        center: root.viewCenter
        zoomLevel: root.viewZoom
        controller: root.controller
    }

    Rectangle {
        id: tip
        objectName: "toolTip"
        property string text: ""
        property point at: Qt.point(0, 0)
        visible: text !== ""
        x: Math.min(at.x + 14, root.width - width - 4)
        y: Math.min(at.y + 18, root.height - height - 4)
        width: tipText.implicitWidth + 12
        height: tipText.implicitHeight + 8
        radius: 3
        color: "#f8f8f4"
        border.color: "#888"
        Text {
            id: tipText
            objectName: "toolTipText"
            anchors.centerIn: parent
            text: tip.text
            textFormat: Text.PlainText // place names are data, never markup
            font.pointSize: 9
            color: "#222"
        }
    }
}
